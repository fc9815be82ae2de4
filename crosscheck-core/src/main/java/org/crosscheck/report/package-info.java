/** Writing a {@link org.crosscheck.model.Report} as JSON or Markdown. */
package org.crosscheck.report;
