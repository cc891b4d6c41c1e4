// The ranker arrives with its own issue.
