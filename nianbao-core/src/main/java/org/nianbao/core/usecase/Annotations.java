package org.nianbao.core.usecase;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.rendering.Annotation;
import org.nianbao.core.validation.Finding;
import org.nianbao.core.validation.Severity;

/** The notes a reviewer's copy draws on its tables: one per finding that names a cell. */
public final class Annotations {
    private Annotations() {}

    public static List<Annotation> of(List<Finding> findings) {
        List<Annotation> annotations = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.cell() != null) {
                annotations.add(new Annotation(finding.cell(), finding.severity().label(),
                        finding.severity() == Severity.ERROR, finding.message()));
            }
        }
        return annotations;
    }
}
