timelineSearch.t(5,{"account":"B","as":"CG","gathered":"BE","is":"CA","second":"BAA","will":"BC"});
