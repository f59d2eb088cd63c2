timelineSearch.manifest({"block":32,"buckets":8,"counts":[2,4,1],"v":"3a9526558a1b"});
