timelineSearch.t(7,{"2023":"AE","flowers":"BE","meeting":"BA","meets":"B","met":"BC","society":"BC"});
