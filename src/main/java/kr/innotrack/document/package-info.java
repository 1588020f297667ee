/**
 * Office documents (문서 출력): the building blocks every module uses to hand its tables and reports to a
 * planning office as files it works in: Excel workbooks (.xlsx), 한글 documents (.hwpx) and PDF. It knows no
 * feature: each module assembles its own content and asks this module to write it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Office documents",
        allowedDependencies = {"shared", "shared :: web", "shared :: text"})
package kr.innotrack.document;
