timelineSearch.t(2,{"engine":"BABBAB","for":"CA","leaves":"CG","notes":"AE","open":"BC","paper":"B","patterns":"CG","tuesday":"BC"});
