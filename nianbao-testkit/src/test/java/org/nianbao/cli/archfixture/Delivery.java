package org.nianbao.cli.archfixture;

import org.nianbao.formats.archfixture.ConcreteReader;

/** Delivery classes naming a concrete adapter, inside and outside a composition root; ArchitectureRulesTest. */
public final class Delivery {
    private Delivery() {}

    /** May name the adapter: it is the composition root. */
    public static final class FixtureMain {
        final ConcreteReader reader = new ConcreteReader();
    }

    /** May not name the adapter. */
    public static final class FixtureCommand {
        final ConcreteReader reader = new ConcreteReader();
    }
}
