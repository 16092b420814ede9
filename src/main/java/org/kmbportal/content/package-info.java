/**
 * The content format: files of YAML front matter and Markdown that hold the library (see content-format.md). Reads
 * them with line-accurate problems, writes them back identically, renders Markdown to sanitized HTML, and imports a
 * content folder into the library.
 */
package org.kmbportal.content;
