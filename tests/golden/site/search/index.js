timelineSearch.manifest({"block":32,"buckets":8,"counts":[3,6,1],"v":"d1c31d5f19ad"});
