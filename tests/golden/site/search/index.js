timelineSearch.manifest({"block":32,"buckets":8,"counts":[3,6,1],"v":"2018c79e5062"});
