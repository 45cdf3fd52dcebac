package org.nianbao.core.stray;

/** A class in a package architecture §9.3 does not list; ArchitectureRulesTest imports it. */
public final class StrayPackage {}
