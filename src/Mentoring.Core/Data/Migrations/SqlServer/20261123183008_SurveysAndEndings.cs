using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentoring.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SurveysAndEndings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EndSurveyAt",
                table: "Matches",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstSurveyAt",
                table: "Matches",
                type: "datetimeoffset",
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
