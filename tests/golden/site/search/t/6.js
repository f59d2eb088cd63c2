timelineSearch.t(6,{"an":"BC","analytical":"BADA","and":"BABE","another":"B","daily":"CE","day":"B","discuss":"BE","her":"A","in":"AAABBAA","later":"B","publishes":"A","she":"AH","speaks":"C"});
