timelineSearch.t(0,{"ada":"J","algebraic":"CG","began":"AH","exhibition":"BC","just":"CG","of":"BC","on":"BABBA","reported":"CE","reports":"B"});
