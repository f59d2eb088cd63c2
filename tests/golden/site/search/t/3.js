timelineSearch.t(3,{"translation":"AH"});
