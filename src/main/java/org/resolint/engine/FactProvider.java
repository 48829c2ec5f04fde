package org.resolint.engine;

import java.util.List;
import org.resolint.model.Resolution;

/**
 * Derives extra facts from the model for the rules (references, terms, requirements). Each
 * area adds its provider to {@link RuleEngine}; the engine inserts what they return.
 */
public interface FactProvider {
    List<?> facts(Resolution resolution);
}
