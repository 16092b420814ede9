package org.kmbportal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Gives PrimeFaces the portal's Content-Security-Policy (web.xml names it as {@code #{securityPolicy.policy}}). */
@Named("securityPolicy")
@ApplicationScoped
public class SecurityPolicyBean {

    public String getPolicy() {
        return SecurityHeadersFilter.POLICY;
    }
}
