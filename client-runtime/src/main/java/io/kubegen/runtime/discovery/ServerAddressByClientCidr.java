package io.kubegen.runtime.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The server address clients in a CIDR should use, as discovery documents carry it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerAddressByClientCidr(
    @JsonProperty("clientCIDR") String clientCidr,
    String serverAddress) {}
