/**
 * Connecting to real clusters, as client-go's {@code clientcmd} and {@code rest.InClusterConfig}:
 * kubeconfig loading and merging ({@link io.kubegen.runtime.clientcmd.KubeconfigLoader}),
 * in-cluster configuration ({@link io.kubegen.runtime.clientcmd.InClusterConfig}), and the TLS
 * and credential machinery (CA trust, {@code tls-server-name}, client certificates in PEM, token
 * files that rotate, exec credential plugins) that turns them into a
 * {@link io.kubegen.runtime.rest.RestConfig}. {@link io.kubegen.runtime.clientcmd.Config} holds the
 * one-line entry points.
 */
package io.kubegen.runtime.clientcmd;
