timelineSearch.t(4,{"appeared":"AE","april":"CA","loom":"CG","lovelace":"ABG","to":"BE","two":"B"});
