/** Browser tests: the journeys readers take, in headless Chromium against the portal run as a real process. */
package org.kmbportal.e2e;
