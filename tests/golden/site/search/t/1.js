timelineSearch.t(1,{"fredville":"BC","freedonia":"B","planned":"BA","plans":"B","said":"B","the":"AABAAA","this":"AC","thursday":"BC","weaves":"BE","week":"AC"});
