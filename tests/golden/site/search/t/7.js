timelineSearch.t(7,{"2023":"AH","flowers":"CG","meeting":"BAA","meets":"CE","met":"CE","society":"BADA"});
