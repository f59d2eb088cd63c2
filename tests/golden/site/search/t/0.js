timelineSearch.t(0,{"ada":"G","algebraic":"BE","began":"AE","just":"BE","on":"BC","reported":"BC"});
