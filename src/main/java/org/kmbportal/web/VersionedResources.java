package org.kmbportal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

/**
 * Gives the portal's own style sheets and scripts an address that changes with their content
 * ({@code /jakarta.faces.resource/css/kmb.css.xhtml?v=3f2a9c1b}), as PrimeFaces does for its files with its version:
 * such an address always names the same bytes, so browsers may keep it for a year ({@link CachingHeaders}).
 */
public class VersionedResources extends ResourceHandlerWrapper {

    /** The query parameter that carries a resource's version. */
    public static final String VERSION = "v";

    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null) {
            return null;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                if (path.contains("?" + VERSION + "=") || path.contains("&" + VERSION + "=")) {
                    return path;
                }
                String hash = hashes.computeIfAbsent(getLibraryName() + "/" + getResourceName(),
                        k -> hash(getWrapped()));
                return hash.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + VERSION + "=" + hash;
            }
        };
    }

    private static String hash(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            if (in == null) {
                return "";
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
