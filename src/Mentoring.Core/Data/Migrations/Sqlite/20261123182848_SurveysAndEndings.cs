using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentoring.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveysAndEndings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EndSurveyAt",
                table: "Matches",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FirstSurveyAt",
                table: "Matches",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndSurveyAt",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "FirstSurveyAt",
                table: "Matches");
        }
    }
}
