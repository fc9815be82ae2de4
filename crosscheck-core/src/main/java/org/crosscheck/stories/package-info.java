/** Stage 5: group articles into stories online, and order each story's events in time. */
package org.crosscheck.stories;
