timelineSearch.t(6,{"analytical":"BC","and":"BE","daily":"BC","her":"A","in":"AACA","publishes":"A","she":"AE","speaks":"B"});
