/**
 * The sample's own API written as annotated POJOs: javac runs the kubegen annotation processor
 * over them and writes their clientset, fake clientset, listers, informers and CRD (under
 * {@code io.kubegen.sample.pojo.client} and {@code META-INF/kubegen/crds/}).
 */
@Group("greetings.sample.kubegen.io")
package io.kubegen.sample.pojo;

import io.kubegen.runtime.annotations.Group;
