/** Checking any plan, also a hand-made one, against the hard rules H1–H7. */
package nl.traineeplanner.engine.check;
