/**
 * Stage 2, analyse the text: sentences, tokens, lemmas, part-of-speech tags, enhanced++ dependencies and time
 * expressions, from Stanford CoreNLP behind the {@code TextAnalyzer} interface.
 */
package org.claimgraph.analyze;
