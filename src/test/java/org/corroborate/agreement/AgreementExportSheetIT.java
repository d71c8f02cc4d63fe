package org.corroborate.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corroborate.CorroborateIntegrationTest;
import org.corroborate.DemoData;
import org.corroborate.TeamWork;
import org.corroborate.annotation.AnnotationService;
import org.corroborate.annotation.AnnotationSetStatus;
import org.corroborate.article.ArticleService;
import org.corroborate.export.ExportFormat;
import org.corroborate.export.ExportOptions;
import org.corroborate.export.ExportProgress;
import org.corroborate.export.ExportService;
import org.corroborate.imports.ImportService;
import org.corroborate.project.ProjectService;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@CorroborateIntegrationTest
class AgreementExportSheetIT {

    @Autowired
    ProjectService projects;

    @Autowired
    ImportService imports;

    @Autowired
    ArticleService articles;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ExportService exports;

    @Test
    void an_export_of_two_annotators_work_has_an_agreement_sheet_with_typed_figures(@TempDir Path folder)
            throws Exception {
        TeamWork work = TeamWork.onSeedArticle(projects, imports, articles, annotations, "Agreement export");
        work.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        work.mark("annotator2", Layer.SOURCE, Labels.NAMED_PERSON, "U.S. President Donald Trump");
        work.mark("annotator", Layer.SOURCE, Labels.NAMED_PERSON, "Ukrainian President Volodymyr Zelenskiy");
        work.mark("annotator2", Layer.SOURCE, Labels.NAMED_ORGANISATION, "Ukrainian President Volodymyr Zelenskiy");
        work.setStatus("annotator", AnnotationSetStatus.FINISHED); // agreement compares finished work only
        work.setStatus("annotator2", AnnotationSetStatus.FINISHED);
        Path out = folder.resolve("agreement.xlsx");
        DemoData.asUser(
                "curator",
                () -> exports.export(
                        work.projectId(), ExportOptions.defaults(ExportFormat.XLSX), out, ExportProgress.NONE));

        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            XSSFSheet sheet = workbook.getSheet("Agreement");
            assertThat(sheet).isNotNull();
            List<String> measures = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || !"source".equals(row.getCell(0).getStringCellValue())) {
                    continue;
                }
                measures.add(row.getCell(1).getStringCellValue() + ": "
                        + row.getCell(2).getStringCellValue());
                if (row.getCell(3) != null && row.getCell(3).getCellType() != CellType.BLANK) {
                    assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                }
            }
            assertThat(measures).contains("project: Fleiss' kappa", "annotator / annotator2: Cohen's kappa");
            assertThat(workbook.getSheet("About").getSheetName()).isEqualTo("About");
        }
    }
}
