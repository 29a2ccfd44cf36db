/**
 * Cross-cutting support every stage may use: the exception root, data files that refuse what they do not know,
 * loggers named by concern, the version, lazy holders, look-ahead iterators, hashes and file trees.
 */
package org.claimgraph.sys;
