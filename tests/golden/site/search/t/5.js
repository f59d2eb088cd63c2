timelineSearch.t(5,{"as":"BE","is":"BA","second":"BA"});
