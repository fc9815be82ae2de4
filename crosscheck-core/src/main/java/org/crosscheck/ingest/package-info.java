/** Stage 1: read articles from files, folders, feeds, web archives, JSON Lines and URLs. */
package org.crosscheck.ingest;
