package org.nianbao.formats.archfixture;

/** Stands for a concrete reader of an adapter module; ArchitectureRulesTest imports it. */
public final class ConcreteReader {}
