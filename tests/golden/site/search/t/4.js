timelineSearch.t(4,{"appeared":"AC","april":"BA","loom":"BE","lovelace":"AAE"});
