/** The library's pages: home, browse and the resource page, with their small view models. */
package org.kmbportal.library.web;
