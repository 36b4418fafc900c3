package org.eacplanner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** The Salesforce org. Every answer may be null ("I don't know"). */
public record Org(
        String name,
        String orgId,
        Edition edition,
        SalesforceCloud cloud,
        String instance,
        String myDomain,
        List<Product> products,
        List<UserInterface> userInterfaces,
        Integer userCount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

    public static final Org EMPTY = new Org(null, null, null, null, null, null, null, null, null, null);

    public Org {
        products = Unknown.list(products);
        userInterfaces = Unknown.list(userInterfaces);
        unknownFields = Unknown.fields(unknownFields);
    }
}
