/** Stage 2: page furniture out, article body and metadata in. */
package org.crosscheck.clean;
