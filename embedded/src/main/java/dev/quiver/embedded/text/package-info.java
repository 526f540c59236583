/**
 * Text analysis for full-text search, following Milvus 2.6's analyzers: {@link dev.quiver.embedded.text.TextAnalyzer}
 * turns a VARCHAR field's {@code analyzer_params} into a token pipeline (Apache Lucene tokenizers and filters,
 * arranged to reproduce Milvus's tantivy-based ones), and {@link dev.quiver.embedded.text.Bm25Terms} maps tokens to
 * the sparse dimension ids and term-frequency vectors Milvus's BM25 function produces. See docs/full-text.md.
 */
@NullMarked
package dev.quiver.embedded.text;

import org.jspecify.annotations.NullMarked;
