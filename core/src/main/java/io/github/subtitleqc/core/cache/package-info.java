/**
 * The result cache: a re-run takes the results of files whose content and configuration have not
 * changed from the last run instead of checking them again (issue 9, "Incremental cache").
 *
 * <p>How a run uses it:
 * <ol>
 *   <li>{@link io.github.subtitleqc.core.cache.ResultCache#disabled()} when {@code cacheFile} is
 *       empty, or when a project rule that runs has no
 *       {@link io.github.subtitleqc.core.rule.ProjectRule#summaryCodec() summary codec}; otherwise
 *       {@link io.github.subtitleqc.core.cache.ResultCache#open} with the run's
 *       {@link io.github.subtitleqc.core.cache.ConfigFingerprint} and a warning sink.</li>
 *   <li>For each file, on any thread: hash its bytes ({@link io.github.subtitleqc.core.cache.ContentHash}),
 *       {@link io.github.subtitleqc.core.cache.ResultCache#lookup lookup}; on a hit, take the cached
 *       result and decode each project rule's summary with its codec (a summary that fails to
 *       decode: check the file as on a miss); on a miss, check the file.</li>
 *   <li>In file order: {@link io.github.subtitleqc.core.cache.ResultCache#record record} each file's
 *       own result (before cross-file findings) with its summaries encoded, {@code null} where a
 *       project rule did not run. A result that depends on more than the content and the
 *       configuration — a file that could not be read, or ran out of memory — is not recorded.</li>
 *   <li>When the reports are written: {@link io.github.subtitleqc.core.cache.ResultCache#commit commit};
 *       in any case {@link io.github.subtitleqc.core.cache.ResultCache#close close}.</li>
 * </ol>
 */
package io.github.subtitleqc.core.cache;
