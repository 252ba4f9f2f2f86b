/**
 * What-if questions a coordinator asks of a plan: what does it cost to give this trainee that assignment in that
 * round, and who moves as a result.
 */
package nl.traineeplanner.engine.whatif;
