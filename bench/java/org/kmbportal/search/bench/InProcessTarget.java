package org.kmbportal.search.bench;

import org.kmbportal.search.InProcessSearch;
import org.kmbportal.search.bench.QueryMix.SearchCase;

/** The same searches through the portal's {@code SearchService}, in this process, on a copy of its index. */
final class InProcessTarget implements LoadRun.Target {

    private final InProcessSearch search;

    InProcessTarget(InProcessSearch search) {
        this.search = search;
    }

    @Override
    public String name() {
        return "in-process";
    }

    @Override
    public LoadRun.Client client() {
        return c -> search.search(c.request()).total();
    }

    @Override
    public void close() throws Exception {
        search.close();
    }
}
