timelineSearch.t(3,{"translation":"AE"});
