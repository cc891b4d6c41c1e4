// The crawl engine arrives with issue 3.
