/** Plain Dutch and English explanations of a plan, computed with the one scorer. */
package nl.traineeplanner.engine.explain;
