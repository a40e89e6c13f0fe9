package org.sessionledger.web.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of a route (a resource method, or every method of a class). Every route has one: {@link AccessFilter}
 * refuses a route without it, and the role matrix test fails the build.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {
    Need value();
}
