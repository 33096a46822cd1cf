package org.fiscallens.web.page;

/** One area of the dashboard (a page, its API tables and charts), registering its routes. */
public interface Feature {
    void register(Endpoints endpoints);
}
