package org.moocinterop.api.course;

/**
 * What an outline {@link Item} opens. The family follows the resource types of Common Cartridge,
 * so that a course exports to a cartridge and imports from one without loss:
 *
 * <ul>
 *   <li>{@link WebContent}: pages shipped inside the package ({@code webcontent});
 *   <li>{@link WebLink}: a page on the web ({@code imswl_xmlv1p3});
 *   <li>{@link LtiLink}: a tool launched with LTI ({@code imsbasiclti_xmlv1p3});
 *   <li>{@link Discussion}: a discussion topic ({@code imsdt_xmlv1p3});
 *   <li>{@link Assessment}: a quiz, exam, survey or assignment
 *       ({@code imsqti_xmlv1p2/imscc_xmlv1p3/assessment});
 *   <li>{@link FileResource}: a single file to download.
 * </ul>
 *
 * <p>Sealed: these six are all there are. On Java 17, where {@code switch} has no type patterns
 * yet, switch over {@link #type()} to have the compiler check that every kind is handled, then
 * cast (each {@link Type} names exactly one record).
 *
 * @see <a href="https://www.imsglobal.org/cc/ccv1p3/imscc_Implementation-v1p3.html">Common
 *     Cartridge 1.3, resource types</a>
 */
public sealed interface LearningResource
    permits WebContent, WebLink, LtiLink, Discussion, Assessment, FileResource {

  /** The kinds of learning resource, one per permitted record. */
  enum Type {
    /** {@link WebContent}. */
    WEB_CONTENT,
    /** {@link WebLink}. */
    WEB_LINK,
    /** {@link LtiLink}. */
    LTI_LINK,
    /** {@link Discussion}. */
    DISCUSSION,
    /** {@link Assessment}. */
    ASSESSMENT,
    /** {@link FileResource}. */
    FILE
  }

  /** Which kind of resource this is. */
  Type type();
}
