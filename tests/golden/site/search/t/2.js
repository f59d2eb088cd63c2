timelineSearch.t(2,{"engine":"BCB","for":"BA","leaves":"BE","notes":"AC","patterns":"BE"});
